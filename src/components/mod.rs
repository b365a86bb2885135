//! Pieces shared by pages: the shell, the page frame, links and loaded content.

pub mod link;
pub mod loaded;
pub mod page;
pub mod shell;
