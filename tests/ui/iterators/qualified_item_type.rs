// `<I as Iterator>::Item` names an iterator's item type in a signature.
struct Bits {
    n: u8,
}

impl Iterator for Bits {
    type Item = bool;
    fn next(&mut self) -> Option<bool> {
        if self.n == 0 {
            return None;
        }
        let bit = self.n % 2 == 1;
        self.n /= 2;
        Some(bit)
    }
}

fn first<I: Iterator>(mut it: I) -> Option<<I as Iterator>::Item> {
    it.next()
}

fn main() {
    println!("{:?}", first(Bits { n: 6 }));
    println!("{}", Bits { n: 13 }.filter(|b| *b).count());
}
