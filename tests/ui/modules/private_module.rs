mod outer {
    mod hidden {
        pub fn f() -> i32 {
            5
        }
    }
    pub fn g() -> i32 {
        hidden::f()
    }
}

fn main() {
    println!("{}", outer::g());
    println!("{}", outer::hidden::f());
}
