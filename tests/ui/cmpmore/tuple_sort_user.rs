// Sorting tuples whose second element has a hand-written `Ord`: ties on the first
// element are broken by the learner's `cmp` (shortest last).
use std::cmp::Ordering;

#[derive(Debug)]
struct Len(String);

impl PartialEq for Len {
    fn eq(&self, other: &Len) -> bool {
        self.0.len() == other.0.len()
    }
}
impl Eq for Len {}
impl PartialOrd for Len {
    fn partial_cmp(&self, other: &Len) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Len {
    fn cmp(&self, other: &Len) -> Ordering {
        other.0.len().cmp(&self.0.len())
    }
}

fn l(s: &str) -> Len {
    Len(String::from(s))
}

fn main() {
    let mut v = vec![(1, l("a")), (1, l("zzz")), (0, l("bb"))];
    v.sort();
    println!("{:?}", v);
    println!("{}", (1, l("a")) < (1, l("zz")));
    println!("{:?}", v.iter().max());
}
