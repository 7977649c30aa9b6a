fn add(x: i32, y: i32) -> i32 {
    x + y
}

fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.into_iter().map(add).collect();
    println!("{:?}", w);
}
