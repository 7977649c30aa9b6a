struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let items = vec![Noisy(1), Noisy(2)];
    items.into_iter().for_each(drop);
    println!("done");
}
