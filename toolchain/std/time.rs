//! `std::time`: `Duration` is plain Rust here (its fields and arithmetic are rustc's);
//! its Debug (`1.5s`, `250ms`, with precision and width) is the machine's
//! (interp/shims_time.py), as is the clock under `Instant`: the host's monotonic clock
//! plus every `thread::sleep`, which does not really wait (so a program sees at least the
//! time it slept, and tests stay fast).

// (its Debug is the machine's: interp/fmt.py formats a `Duration` as core::time does)
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
pub struct Duration {
    secs: u64,
    nanos: u32,
}

impl Duration {
    pub const ZERO: Duration = Duration { secs: 0, nanos: 0 };

    pub fn new(secs: u64, nanos: u32) -> Duration {
        Duration { secs: secs + (nanos / 1_000_000_000) as u64, nanos: nanos % 1_000_000_000 }
    }

    pub fn from_secs(secs: u64) -> Duration {
        Duration { secs: secs, nanos: 0 }
    }

    pub fn from_millis(millis: u64) -> Duration {
        Duration { secs: millis / 1_000, nanos: ((millis % 1_000) * 1_000_000) as u32 }
    }

    pub fn from_micros(micros: u64) -> Duration {
        Duration { secs: micros / 1_000_000, nanos: ((micros % 1_000_000) * 1_000) as u32 }
    }

    pub fn from_nanos(nanos: u64) -> Duration {
        Duration { secs: nanos / 1_000_000_000, nanos: (nanos % 1_000_000_000) as u32 }
    }

    pub fn is_zero(&self) -> bool {
        self.secs == 0 && self.nanos == 0
    }

    pub fn as_secs(&self) -> u64 {
        self.secs
    }

    pub fn subsec_millis(&self) -> u32 {
        self.nanos / 1_000_000
    }

    pub fn subsec_micros(&self) -> u32 {
        self.nanos / 1_000
    }

    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub fn as_millis(&self) -> u128 {
        self.secs as u128 * 1_000 + (self.nanos / 1_000_000) as u128
    }

    pub fn as_micros(&self) -> u128 {
        self.secs as u128 * 1_000_000 + (self.nanos / 1_000) as u128
    }

    pub fn as_nanos(&self) -> u128 {
        self.secs as u128 * 1_000_000_000 + self.nanos as u128
    }

    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + self.nanos as f64 / 1_000_000_000.0
    }

    pub fn checked_add(self, rhs: Duration) -> Option<Duration> {
        match self.secs.checked_add(rhs.secs) {
            Some(secs) => {
                let nanos = self.nanos + rhs.nanos;
                if nanos >= 1_000_000_000 {
                    match secs.checked_add(1) {
                        Some(s) => Some(Duration { secs: s, nanos: nanos - 1_000_000_000 }),
                        None => None,
                    }
                } else {
                    Some(Duration { secs: secs, nanos: nanos })
                }
            }
            None => None,
        }
    }

    pub fn checked_sub(self, rhs: Duration) -> Option<Duration> {
        match self.secs.checked_sub(rhs.secs) {
            Some(secs) => {
                if self.nanos >= rhs.nanos {
                    Some(Duration { secs: secs, nanos: self.nanos - rhs.nanos })
                } else {
                    match secs.checked_sub(1) {
                        Some(s) => Some(Duration { secs: s, nanos: self.nanos + 1_000_000_000 - rhs.nanos }),
                        None => None,
                    }
                }
            }
            None => None,
        }
    }

    pub fn saturating_sub(self, rhs: Duration) -> Duration {
        match self.checked_sub(rhs) {
            Some(d) => d,
            None => Duration::ZERO,
        }
    }
}

impl Add for Duration {
    type Output = Duration;

    fn add(self, rhs: Duration) -> Duration {
        self.checked_add(rhs).expect("overflow when adding durations")
    }
}

impl Sub for Duration {
    type Output = Duration;

    fn sub(self, rhs: Duration) -> Duration {
        self.checked_sub(rhs).expect("overflow when subtracting durations")
    }
}

impl AddAssign for Duration {
    fn add_assign(&mut self, rhs: Duration) {
        *self = *self + rhs;
    }
}

impl SubAssign for Duration {
    fn sub_assign(&mut self, rhs: Duration) {
        *self = *self - rhs;
    }
}

/// A point of the monotonic clock (interp/shims_time.py), with the fields of rustc's on
/// Linux, so that its derived Debug prints as rustc's does.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Instant {
    tv_sec: u64,
    tv_nsec: u32,
}

#[ferrite::intrinsic = "time_now"]
fn now_nanos() -> u64;

impl Instant {
    pub fn now() -> Instant {
        let n = std::time::now_nanos();
        Instant { tv_sec: n / 1_000_000_000, tv_nsec: (n % 1_000_000_000) as u32 }
    }

    pub fn duration_since(&self, earlier: Instant) -> Duration {
        Duration::new(self.tv_sec, self.tv_nsec)
            .saturating_sub(Duration::new(earlier.tv_sec, earlier.tv_nsec))
    }

    pub fn elapsed(&self) -> Duration {
        Instant::now().duration_since(*self)
    }
}

impl Sub for Instant {
    type Output = Duration;

    fn sub(self, rhs: Instant) -> Duration {
        self.duration_since(rhs)
    }
}

impl Add<Duration> for Instant {
    type Output = Instant;

    fn add(self, rhs: Duration) -> Instant {
        let d = Duration::new(self.tv_sec, self.tv_nsec) + rhs;
        Instant { tv_sec: d.as_secs(), tv_nsec: d.subsec_nanos() }
    }
}
