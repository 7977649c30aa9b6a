//@ mode: check
mod shapes {
    pub struct Square {
        pub side: i32,
    }
}

fn main() {
    let n: i32 = shapes::Square { side: 2 };
    println!("{}", n);
}
