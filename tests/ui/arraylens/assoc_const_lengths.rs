struct Buffer {
    bytes: [u8; Buffer::SIZE],
}

impl Buffer {
    const SIZE: usize = 4;

    fn new() -> Self {
        Buffer { bytes: [0; Self::SIZE] }
    }

    fn halves(&self) -> ([u8; Self::SIZE / 2], [u8; Self::SIZE / 2]) {
        ([self.bytes[0], self.bytes[1]], [self.bytes[2], self.bytes[3]])
    }
}

fn main() {
    let mut b = Buffer::new();
    b.bytes[3] = 9;
    println!("{:?}", b.halves());
}
