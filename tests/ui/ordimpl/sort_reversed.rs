use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    pri: u32,
    name: &'static str,
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

// The highest priority sorts first.
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        other.pri.cmp(&self.pri)
    }
}

fn main() {
    let mut tasks = vec![
        Task { pri: 2, name: "write" },
        Task { pri: 9, name: "fix" },
        Task { pri: 2, name: "read" },
        Task { pri: 5, name: "test" },
    ];
    tasks.sort();
    for t in &tasks {
        println!("{} {}", t.pri, t.name);
    }
}
