use std::ops::Index;

struct Week {
    temps: [i32; 7],
}

impl Index<usize> for Week {
    type Output = i32;

    fn index(&self, day: usize) -> &i32 {
        &self.temps[day]
    }
}

fn main() {
    let w = Week { temps: [3, 5, 2, 8, 6, 1, 4] };
    for day in 5..9 {
        println!("{}", w[day]);
    }
}
