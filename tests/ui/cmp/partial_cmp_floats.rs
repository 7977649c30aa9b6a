fn main() {
    let a = 2.5f64;
    println!("{:?}", a.partial_cmp(&1.0));
    println!("{:?}", 1.0f32.partial_cmp(&1.0));
    println!("{:?}", f64::NAN.partial_cmp(&1.0));
    let xs = [0.5, -3.0, 8.25];
    for x in xs {
        println!("{:?}", x.partial_cmp(&0.0));
    }
}
