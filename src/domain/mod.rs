//! The careers explorer's behaviour, with no web types: the URL scheme and
//! links, filters and their queries, quiz scoring, pay, distances, dates as
//! pages write them. Builds natively and owns its tests; pages only lay it out.
//! Depends on `content` only.

pub mod advert;
pub mod angles;
pub mod compare;
pub mod contract;
pub mod embed;
pub mod format;
pub mod glossary;
pub mod head;
pub mod islands;
pub mod order;
pub mod paths;
pub mod pathways;
pub mod pay_estimate;
pub mod places;
pub mod query;
pub mod quiz;
pub mod quiz_progress;
pub mod role_filter;
pub mod roles;
pub mod routes;
pub mod site_filter;
pub mod site_map;
pub mod vacancies;
