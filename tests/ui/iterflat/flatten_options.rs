fn main() {
    let readings = vec![Some(3), None, Some(7), None, Some(1)];
    let present: Vec<i32> = readings.iter().cloned().flatten().collect();
    let sum: i32 = readings.into_iter().flatten().sum();
    println!("{:?} sum={}", present, sum);
}
