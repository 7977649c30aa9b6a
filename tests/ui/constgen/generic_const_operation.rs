fn f<const N: usize>() -> [i32; N + 1] { [0; N + 1] }
fn main() { let a: [i32; 3] = f::<2>(); println!("{:?}", a); }
