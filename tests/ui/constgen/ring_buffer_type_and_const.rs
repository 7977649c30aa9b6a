#[derive(Debug)]
struct RingBuffer<T, const N: usize> {
    items: [Option<T>; N],
    next: usize,
}

impl<T: Copy + std::fmt::Debug, const N: usize> RingBuffer<T, N> {
    fn new() -> Self {
        RingBuffer { items: [None; N], next: 0 }
    }

    fn push(&mut self, value: T) {
        self.items[self.next] = Some(value);
        self.next = (self.next + 1) % N;
    }

    fn values(&self) -> Vec<T> {
        self.items.iter().filter_map(|x| *x).collect()
    }

    fn capacity(&self) -> usize {
        N
    }
}

fn main() {
    let mut r: RingBuffer<i32, 3> = RingBuffer::new();
    for v in 1..=5 {
        r.push(v * 10);
    }
    println!("{:?} cap {}", r.values(), r.capacity());
    let mut words = RingBuffer::<&str, 2>::new();
    words.push("a");
    words.push("b");
    words.push("c");
    println!("{:?}", words);
}
