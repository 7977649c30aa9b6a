struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn map_all<F: Fn(i32) -> i32>(&mut self, f: F) {
        for x in self.items.iter_mut() {
            *x = f(*x);
        }
    }
}

fn add(x: i32, y: i32) -> i32 {
    x + y
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    println!("{}", s.items.iter().copied().fold(0, add));
    s.map_all(add);
}
