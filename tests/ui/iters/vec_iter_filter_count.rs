// `filter` sees `&&i32`: the pattern `&&x` takes both references off.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let big = v.iter().filter(|&&x| x > 2).count();
    let even = v.iter().filter(|x| **x % 2 == 0).count();
    println!("{} {}", big, even);
}
