// `max`, `min`, `sort_unstable`, `binary_search` and `Iterator::min` on tuples holding a
// type with a hand-written `Ord` (reversed here): ties use the learner's `cmp`.
use std::cmp::Ordering;

#[derive(Debug)]
struct Rev(i32);

impl PartialEq for Rev {
    fn eq(&self, o: &Rev) -> bool {
        self.0 == o.0
    }
}
impl Eq for Rev {}
impl PartialOrd for Rev {
    fn partial_cmp(&self, o: &Rev) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Rev {
    fn cmp(&self, o: &Rev) -> Ordering {
        o.0.cmp(&self.0)
    }
}

fn main() {
    println!("{:?}", std::cmp::max((1, Rev(1)), (1, Rev(2))));
    println!("{:?}", std::cmp::min((1, Rev(1)), (1, Rev(2))));
    let mut v = vec![(1, Rev(1)), (1, Rev(5)), (0, Rev(9))];
    v.sort_unstable();
    println!("{:?}", v);
    println!("{:?}", v.binary_search(&(1, Rev(1))));
    println!("{:?}", v.iter().min());
}
