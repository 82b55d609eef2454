//! The time one document may take to clean.
//!
//! Every stage runs in time linear in its input, but the constant differs by orders of
//! magnitude between an ordinary page and a crafted one (a dump of a million short lines in
//! as many languages). The deadline is looked at between the stages and inside the loops
//! that can run long, which stop early once it has passed; the cleaner then reports the
//! document as taking too long, instead of holding a worker for minutes.

use crate::error::Error;
use std::time::{Duration, Instant};

/// When the cleaning of one document must end, if ever.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Deadline {
    at: Option<Instant>,
    budget: Duration,
}

impl Deadline {
    /// A deadline `budget` from now; `None` sets none.
    pub fn after(budget: Option<Duration>) -> Deadline {
        Deadline {
            at: budget.and_then(|b| Instant::now().checked_add(b)),
            budget: budget.unwrap_or_default(),
        }
    }

    /// No deadline.
    pub fn none() -> Deadline {
        Deadline::after(None)
    }

    /// Whether the deadline has passed: loops that see it stop early.
    pub fn passed(&self) -> bool {
        self.at.is_some_and(|at| Instant::now() >= at)
    }

    /// An error once the deadline has passed.
    pub fn check(&self) -> Result<(), Error> {
        match self.passed() {
            true => Err(Error::Timeout {
                limit_ms: u64::try_from(self.budget.as_millis()).unwrap_or(u64::MAX),
            }),
            false => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_passes_and_none_never_does() {
        let passed = Deadline::after(Some(Duration::ZERO));
        assert!(passed.passed());
        assert!(matches!(passed.check(), Err(Error::Timeout { limit_ms: 0 })));
        let later = Deadline::after(Some(Duration::from_secs(3600)));
        assert!(!later.passed() && later.check().is_ok());
        assert!(!Deadline::none().passed());
        assert!(Deadline::after(Some(Duration::MAX)).check().is_ok());
    }
}
