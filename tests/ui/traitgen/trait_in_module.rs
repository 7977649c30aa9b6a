// A trait and its impl inside a module, brought into scope by `use`.
mod shapes {
    pub trait Area {
        fn area(&self) -> u32;
        fn describe(&self) {
            println!("area {}", self.area());
        }
    }

    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }

    impl Area for Rect {
        fn area(&self) -> u32 {
            self.w * self.h
        }
    }
}

use shapes::Area;

fn main() {
    let r = shapes::Rect { w: 3, h: 5 };
    println!("{}", r.area());
    r.describe();
}
