// `Vec::dedup` removes neighbours equal by the learner's `eq`.
#[derive(Debug)]
struct Reading(i32);

// Readings within 2 of each other count as the same.
impl PartialEq for Reading {
    fn eq(&self, other: &Reading) -> bool {
        (self.0 - other.0).abs() <= 2
    }
}

fn main() {
    let mut v = vec![Reading(10), Reading(11), Reading(12), Reading(20), Reading(21), Reading(10)];
    v.dedup();
    println!("{:?}", v);
}
