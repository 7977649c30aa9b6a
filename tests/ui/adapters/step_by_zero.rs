// `step_by(0)` panics.
fn main() {
    let step = "0".parse::<usize>().unwrap();
    let v: Vec<i32> = (0..5).step_by(step).collect();
    println!("{:?}", v);
}
