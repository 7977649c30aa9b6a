struct Guarded(String, Vec<u8>);

impl Drop for Guarded {
    fn drop(&mut self) {
        println!("released");
    }
}

fn main() {
    let g = Guarded(String::from("key"), vec![1, 2]);
    if let Guarded(name, bytes) = g {
        println!("{} {}", name, bytes.len());
    }
}
