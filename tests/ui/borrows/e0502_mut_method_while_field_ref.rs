//@ mode: check
struct Stack {
    top: i32,
    len: u32,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.top = v;
        self.len += 1;
    }
}

fn main() {
    let mut s = Stack { top: 0, len: 0 };
    let t = &s.top;
    s.push(5);
    println!("{t} {}", s.len);
}
