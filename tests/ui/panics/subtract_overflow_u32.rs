// A u32 countdown that forgets to stop at zero.
fn main() {
    let mut lives: u32 = 3;
    while lives < 100 {
        println!("lives: {}", lives);
        lives -= 1;
    }
}
