fn add(a: i32, b: i32) -> i32 {
    a + b
}

mod tests {
    use super::add;

    pub fn note() {
        println!("tests live here");
    }
}

fn main() {
    tests::note();
    println!("{}", add(1, 2));
}
