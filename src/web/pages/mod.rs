//! One module per part of the site.

mod about;
mod check;
mod check_advert;
mod get_started;
mod glossary;
mod home;
mod not_found;
mod pathways;
mod pay;
mod prison_profile;
mod prisons;
mod quiz;
mod quiz_results;
mod role_profile;
mod roles;
mod share_results;
mod site_map;
mod vacancies;

pub use about::{About, Accessibility};
pub use check::{ContentCheck, ContentCheckPart};
pub use get_started::GetStarted;
pub use glossary::Glossary;
pub use home::Home;
pub use not_found::NotFound;
pub use pathways::{Pathways, PathwaysPart};
pub use pay::{Pay, PayPart};
pub use prison_profile::PrisonProfile;
pub use prisons::{Prisons, PrisonsPart};
pub use quiz::{Quiz, QuizPart};
pub use quiz_results::{BestMatch, QuizResults, QuizResultsPart, Reader};
pub use role_profile::RoleProfile;
pub use roles::{Compare, ComparePart, Roles, RolesPart};
pub use site_map::SiteMapPart;
pub use vacancies::{Vacancies, VacancyPage};
