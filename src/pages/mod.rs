//! One module per part of the site. Later issues fill the section pages from content.

mod about;
mod home;
mod items;
mod not_found;
mod sections;

pub use about::{About, Accessibility};
pub use home::Home;
pub use items::{PrisonProfile, RoleProfile, VacancyPage};
pub use not_found::NotFound;
pub use sections::{
    Compare, GetStarted, Pathways, Pay, Prisons, Quiz, QuizResults, Roles, Vacancies,
};
