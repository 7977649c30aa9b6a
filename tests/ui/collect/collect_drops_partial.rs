struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let made: Vec<Noisy> = (1..4).map(|n| Noisy(n)).collect();
    println!("made {}", made.len());
    let some: Option<Vec<Noisy>> = (1..4).map(|n| if n < 3 { Some(Noisy(n * 10)) } else { None }).collect();
    println!("some {}", some.is_none());
}
