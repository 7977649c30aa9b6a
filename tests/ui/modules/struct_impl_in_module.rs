mod stack {
    pub struct Stack {
        items: [i32; 4],
        len: usize,
    }
    impl Stack {
        pub fn new() -> Self {
            Stack { items: [0; 4], len: 0 }
        }
        pub fn push(&mut self, v: i32) {
            self.items[self.len] = v;
            self.len += 1;
        }
        pub fn pop(&mut self) -> i32 {
            self.len -= 1;
            self.items[self.len]
        }
        pub fn size(&self) -> usize {
            self.len
        }
    }
}

use stack::Stack;

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{} {}", s.pop(), s.size());
}
