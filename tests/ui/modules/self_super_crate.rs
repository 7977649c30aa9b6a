fn base() -> i32 {
    100
}

mod outer {
    pub fn twice(x: i32) -> i32 {
        x * 2
    }
    pub mod inner {
        pub fn compute() -> i32 {
            super::twice(self::three()) + crate::base()
        }
        fn three() -> i32 {
            3
        }
    }
}

fn main() {
    println!("{}", outer::inner::compute());
    println!("{}", self::outer::twice(21));
}
