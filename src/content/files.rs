//! The one list of content files. The file names, `Content` (every file
//! together), the editors' check, the published schemas and the tests all
//! take their files from it: adding a file is one entry here and its type.

use super::{parse, ContentFile, Finding, Problem};

/// Calls `$then! { ... }` with every content file, one entry each:
///
/// `field: Type = "file.json", required | optional, "what it holds", "/a page that shows it";`
///
/// "What it holds" names the file in the page's error message ("We could not
/// load the …"); the page is where the end-to-end fault tests break it
/// (`:role` is a role with a day in the life).
#[macro_export]
macro_rules! every_content_file {
    ($($then:tt)*) => {
        $($then)*! {
            site: $crate::content::Website = "site.json", required, "introduction to the site", "/";
            organisation: $crate::content::Organisation = "organisation.json", required, "information about the trust", "/about";
            roles: $crate::content::Roles = "roles.json", required, "role profiles", "/roles";
            days: $crate::content::Days = "days.json", required, "day in the life", "/roles/:role";
            sites: $crate::content::Sites = "sites.json", required, "list of prisons and sites", "/prisons";
            vacancies: $crate::content::Vacancies = "vacancies.json", required, "list of vacancies", "/vacancies";
            pay: $crate::content::Pay = "pay.json", required, "pay and benefits", "/pay";
            getting_started: $crate::content::GettingStarted = "getting-started.json", required, "guide to getting started", "/get-started";
            quiz: $crate::content::Quiz = "quiz.json", optional, "quiz questions", "/quiz";
            map: $crate::content::MapFile = "map.json", required, "map", "/prisons";
            glossary: $crate::content::Glossary = "glossary.json", required, "words explained", "/words-explained";
        }
    };
}

/// A content file's name and what it holds, from its entry in the list.
pub trait Named {
    /// File name under the content directory.
    const FILE: &'static str;
    /// What the file holds, as a person would say it, for error messages.
    const DESCRIPTION: &'static str;
}

/// One entry of the list, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileEntry {
    pub name: &'static str,
    /// Whether the site needs it (a trust may leave the quiz out).
    pub required: bool,
    pub what: &'static str,
    pub page: &'static str,
}

impl FileEntry {
    pub fn get(name: &str) -> Option<&'static FileEntry> {
        FILES.iter().find(|f| f.name == name)
    }
}

/// Something done once for each content file's type (see [`each_file`]).
pub trait EachFile {
    fn file<T: ContentFile>(&mut self, entry: &'static FileEntry);
}

/// What reading one file gave.
enum Read<T> {
    /// No such file.
    Absent,
    /// It could not be read: the finding says why.
    Broken,
    Parsed(T),
}

/// Reads one file, adding its findings: missing, unreadable, or its own problems.
fn read_one<T: ContentFile>(
    text: Option<String>,
    required: bool,
    findings: &mut Vec<Finding>,
) -> Read<T> {
    let Some(text) = text else {
        if required {
            findings.push(Finding::at(T::FILE, "", Problem::FileMissing));
        }
        return Read::Absent;
    };
    match parse::<T>(&text) {
        Ok(value) => {
            findings.extend(value.problems());
            Read::Parsed(value)
        }
        Err(finding) => {
            findings.push(finding);
            Read::Broken
        }
    }
}

macro_rules! held {
    (required $ty:ty) => { $ty };
    (optional $ty:ty) => { Option<$ty> };
}

macro_rules! define_content {
    ($( $field:ident: $ty:ty = $file:literal, $need:ident, $what:literal, $page:literal; )*) => {
        $(
            impl Named for $ty {
                const FILE: &'static str = $file;
                const DESCRIPTION: &'static str = $what;
            }
        )*

        /// Every content file, in the order of the list.
        pub const FILES: &[FileEntry] = &[$(
            FileEntry { name: $file, required: define_content!(@need $need), what: $what, page: $page },
        )*];

        /// Every content file, for the checks that need more than one.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Content {
            $( pub $field: held!($need $ty), )*
        }

        impl Content {
            /// Reads every file from `text(name)` (`None`: no such file), adding
            /// each file's findings; the whole content when every file reads.
            pub fn read(
                text: impl Fn(&str) -> Option<String>,
                findings: &mut Vec<Finding>,
            ) -> Option<Content> {
                $(
                    let $field = read_one::<$ty>(text($file), define_content!(@need $need), findings);
                )*
                Some(Content {
                    $( $field: define_content!(@take $need $field), )*
                })
            }

            /// Each file's own problems, in the order of the list.
            pub fn each_files_problems(&self) -> Vec<Finding> {
                let mut out = Vec::new();
                $( out.extend(define_content!(@ref $need self.$field).into_iter().flat_map(ContentFile::problems)); )*
                out
            }

            /// Replaces one file's content with `text` read as its type.
            #[allow(clippy::result_large_err)]
            pub fn replace(&mut self, file: &str, text: &str) -> Result<(), Finding> {
                match file {
                    $( $file => self.$field = define_content!(@wrap $need parse::<$ty>(text)?), )*
                    _ => return Err(Finding::at(file, "", Problem::NotAContentFile)),
                }
                Ok(())
            }
        }

        /// Does `each.file::<T>()` for every content file's type.
        pub fn each_file(each: &mut impl EachFile) {
            let mut entries = FILES.iter();
            $( each.file::<$ty>(entries.next().expect($file)); )*
        }
    };
    (@need required) => { true };
    (@need optional) => { false };
    (@take required $v:ident) => { match $v { Read::Parsed(v) => v, _ => return None } };
    (@take optional $v:ident) => { match $v { Read::Parsed(v) => Some(v), Read::Absent => None, Read::Broken => return None } };
    (@ref required $e:expr) => { Some(&$e) };
    (@ref optional $e:expr) => { $e.as_ref() };
    (@wrap required $e:expr) => { $e };
    (@wrap optional $e:expr) => { Some($e) };
}

every_content_file!(define_content);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_and_the_types_agree() {
        struct Names(Vec<&'static str>);
        impl EachFile for Names {
            fn file<T: ContentFile>(&mut self, entry: &'static FileEntry) {
                assert_eq!(T::FILE, entry.name);
                self.0.push(T::FILE);
            }
        }
        let mut names = Names(Vec::new());
        each_file(&mut names);
        assert_eq!(names.0, FILES.iter().map(|f| f.name).collect::<Vec<_>>());
        assert!(FILES.iter().any(|f| !f.required), "the quiz is optional");
        assert_eq!(FileEntry::get("quiz.json").map(|f| f.required), Some(false));
    }
}
