fn helper() -> i32 {
    1
}

mod inner {
    pub fn call() -> i32 {
        helper()
    }
}

fn main() {
    println!("{}", inner::call());
}
