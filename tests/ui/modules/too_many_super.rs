fn helper() -> i32 {
    4
}

mod inner {
    pub fn call() -> i32 {
        super::super::helper()
    }
}

fn main() {
    println!("{}", inner::call());
}
