//! One module per part of the site. Later issues fill the section pages from content.

mod about;
mod home;
mod items;
mod not_found;
mod pathways;
mod role_profile;
mod roles;
mod sections;

pub use about::{About, Accessibility};
pub use home::Home;
pub use items::{PrisonProfile, VacancyPage};
pub use not_found::NotFound;
pub use pathways::Pathways;
pub use role_profile::RoleProfile;
pub use roles::{Compare, Roles};
pub use sections::{GetStarted, Pay, Prisons, Quiz, QuizResults, Vacancies};
