struct Iter {
    pos: usize,
    items: Vec<u8>,
}

impl Iter {
    fn next_item(&mut self) -> Option<u8> {
        let got = if self.pos < self.items.len() { Some(self.items[self.pos]) } else { None };
        self.pos += 1;
        got
    }
}

fn main() {
    let v = vec![10, 20, 30];
    let total: i32 = v.iter().sum();
    let mut mine = Iter { pos: 0, items: vec![7, 8] };
    while let Some(b) = mine.next_item() {
        println!("mine {}", b);
    }
    for x in v.iter().rev() {
        println!("std {}", x);
    }
    println!("total {}", total);
}
