mod math {
    pub fn square(x: i32) -> i32 {
        x * x
    }
}

mod shapes {
    pub fn area(side: i32) -> i32 {
        square(side)
    }
}

fn main() {
    println!("{}", shapes::area(4));
}
