struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn map_all<F: Fn(i32) -> i32>(&mut self, f: F) {
        for x in self.items.iter_mut() {
            *x = f(*x);
        }
    }

    fn count_if<P>(&self, p: P) -> usize
    where
        P: Fn(&i32) -> bool,
    {
        self.items.iter().filter(|x| p(x)).count()
    }
}

fn neg(x: i32) -> i32 {
    -x
}

fn positive(x: &i32) -> bool {
    *x > 0
}

fn main() {
    let mut s = Stack { items: vec![1, -2, 3] };
    s.map_all(neg);
    println!("{:?} {}", s.items, s.count_if(positive));
}
