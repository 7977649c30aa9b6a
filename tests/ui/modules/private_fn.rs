mod bank {
    pub fn deposit(x: i32) -> i32 {
        audit(x)
    }
    fn audit(x: i32) -> i32 {
        x * 2
    }
}

fn main() {
    println!("{}", bank::deposit(2));
    println!("{}", bank::audit(3));
}
