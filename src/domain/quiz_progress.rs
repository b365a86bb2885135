//! The quiz's progress as the device keeps it: where the person is, their
//! answers, and the questions being asked (all of them, unless a results
//! link was made without some and only those are being asked now).
//!
//! Saved as `<place>|<answers link>`, and `|<question ids>` when only some
//! questions are asked, `<place>` counting among those. Read in one place,
//! here, by the quiz and by its results page (which asks whether answers it
//! shows are this device's own).

use crate::content::Quiz;
use crate::domain::quiz::{decode, encode, Answers};

#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub place: usize,
    pub answers: Answers,
    /// The questions being asked, by place in the quiz.
    pub order: Vec<usize>,
}

impl Progress {
    /// The first question, nothing answered, every question asked.
    pub fn start(quiz: &Quiz) -> Progress {
        Progress {
            place: 0,
            answers: Answers::empty(quiz),
            order: (0..quiz.questions.len()).collect(),
        }
    }

    /// Saved progress, or `None` when it is damaged or from a quiz that can
    /// no longer read it.
    pub fn read(quiz: &Quiz, saved: &str) -> Option<Progress> {
        let mut parts = saved.split('|');
        let place: usize = parts.next()?.parse().ok()?;
        let answers = decode(quiz, parts.next()?).ok()?.answers;
        let order: Vec<usize> = match parts.next() {
            None => (0..quiz.questions.len()).collect(),
            Some(ids) => ids
                .split(',')
                .filter_map(|id| quiz.questions.iter().position(|q| q.id == id))
                .collect(),
        };
        (!order.is_empty()).then(|| Progress {
            place: place.min(order.len() - 1),
            answers,
            order,
        })
    }

    /// The text to save.
    pub fn saved(&self, quiz: &Quiz) -> String {
        let mut value = format!("{}|{}", self.place, encode(quiz, &self.answers));
        if self.order.len() < quiz.questions.len() {
            let ids: Vec<&str> = self
                .order
                .iter()
                .filter_map(|i| quiz.questions.get(*i))
                .map(|q| q.id.as_str())
                .collect();
            value.push('|');
            value.push_str(&ids.join(","));
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> Quiz {
        crate::content::published("quiz.json")
    }

    #[test]
    fn progress_reads_back_as_saved() {
        let q = quiz();
        let mut p = Progress::start(&q);
        assert_eq!(Progress::read(&q, &p.saved(&q)), Some(p.clone()));
        p.place = 2;
        p.answers.0[0] = vec![0];
        assert_eq!(Progress::read(&q, &p.saved(&q)), Some(p.clone()));
        // Only some questions asked: their ids are kept, in their order.
        p.order = vec![q.questions.len() - 1, 0];
        p.place = 1;
        let saved = p.saved(&q);
        assert!(
            saved.ends_with(&format!(
                "|{},{}",
                q.questions.last().unwrap().id,
                q.questions[0].id
            )),
            "{saved}"
        );
        assert_eq!(Progress::read(&q, &saved), Some(p));
    }

    #[test]
    fn damaged_progress_is_not_read() {
        let q = quiz();
        for bad in ["", "x", "1", "1|", "1|not-a-link", "1|a=|no-such-question"] {
            assert_eq!(Progress::read(&q, bad), None, "{bad:?}");
        }
        // A place past the end is the last question.
        let mut p = Progress::start(&q);
        p.place = 999;
        assert_eq!(
            Progress::read(&q, &p.saved(&q)).map(|p| p.place),
            Some(q.questions.len() - 1)
        );
    }
}
