struct Stack { items: [i32; 4], len: usize }

impl Stack {
    fn new() -> Self { Stack { items: [0; 4], len: 0 } }
    fn push(&mut self, v: i32) -> Result<(), i32> {
        if self.len == 4 { return Err(v); }
        self.items[self.len] = v;
        self.len += 1;
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 { None } else { self.len -= 1; Some(self.items[self.len]) }
    }
    fn peek(&self) -> Option<&i32> {
        if self.len == 0 { None } else { Some(&self.items[self.len - 1]) }
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=5 {
        if let Err(v) = s.push(i * 10) {
            println!("full, dropped {v}");
        }
    }
    println!("{:?}", s.peek());
    while let Some(v) = s.pop() {
        print!("{v} ");
    }
    println!();
    println!("{:?} {:?}", s.pop(), s.peek());
}
