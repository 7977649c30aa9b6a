// An array's length must be known at compile time: a parameter cannot be one.
fn zeros(size: usize) -> Vec<i32> {
    let arr = [0; size];
    arr.to_vec()
}

fn main() {
    println!("{:?}", zeros(3));
}
