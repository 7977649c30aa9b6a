// `Option<T>` ordering with a hand-written `partial_cmp`: `None` first, then the
// payloads through the learner's method (which finds some values incomparable).
use std::cmp::Ordering;

struct Version(i32);

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        self.0 == other.0
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        if self.0 < 0 || other.0 < 0 {
            None
        } else {
            self.0.partial_cmp(&other.0)
        }
    }
}

fn main() {
    println!("{}", Some(Version(1)) < Some(Version(2)));
    println!("{}", None < Some(Version(-1)));
    println!("{}", Some(Version(-1)) < Some(Version(2)));
    println!("{}", Some(Version(-1)) >= Some(Version(2)));
    println!("{}", (Version(3), 1) > (Version(2), 9));
}
