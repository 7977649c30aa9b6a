mod buffers {
    use std::mem;

    pub struct Double {
        pub front: Vec<u32>,
        pub back: Vec<u32>,
    }

    impl Double {
        pub fn flip(&mut self) {
            mem::swap(&mut self.front, &mut self.back);
        }
    }
}

use buffers::Double;

fn main() {
    let mut d = Double { front: vec![1], back: vec![2, 3] };
    d.flip();
    println!("{:?} {:?}", d.front, d.back);
}
