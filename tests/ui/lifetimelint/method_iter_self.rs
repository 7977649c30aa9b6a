// A method borrowing `&self` returns a slice iterator without writing its lifetime.
struct Scores {
    values: Vec<i32>,
}

impl Scores {
    fn iter(&self) -> std::slice::Iter<i32> {
        self.values.iter()
    }
}

fn main() {
    let s = Scores { values: vec![3, 4, 5] };
    let total: i32 = s.iter().sum();
    println!("{total}");
}
