fn convert_all<T: TryFrom<i64>>(xs: &[i64]) -> Vec<Result<T, T::Error>> {
    xs.iter().map(|&x| T::try_from(x)).collect()
}

fn main() {
    let out: Vec<Result<u8, _>> = convert_all(&[1, 300, -2]);
    for r in &out {
        println!("{:?}", r.is_ok());
    }
    println!("{:?}", out);
}
