fn main() {
    let v = vec![1, 2, 3];
    let xs = v.as_slice();
    match xs {
        [a, b] | [a, b, _] => println!("{a} {b}"),
        [_, _, _, rest @ ..] => println!("{}", rest.len()),
        [..] => println!("shorter"),
    }
    let t: &[(i32, &str)] = &[(1, "a")];
    if let [(n, s)] = t {
        println!("{n}{s}");
    }
}
