trait Iterator {
    fn next(&mut self) -> Option<u8>;
}

struct Bytes {
    at: u8,
}

impl Iterator for Bytes {
    fn next(&mut self) -> Option<u8> {
        self.at += 1;
        if self.at > 3 { None } else { Some(self.at) }
    }
}

fn main() {
    let b = Bytes { at: 0 };
    for x in b {
        println!("{}", x);
    }
}
