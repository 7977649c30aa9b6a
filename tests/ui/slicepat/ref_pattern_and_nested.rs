fn main() {
    let v = vec![1, 2, 3];
    let xs: &[i32] = &v;
    match xs {
        &[a, b, ..] => println!("{a} {b}"),
        &[..] => println!("short"),
    }
    let grid = [[1, 2], [3, 4], [5, 6]];
    let s: &[[i32; 2]] = &grid;
    if let [[a, _], .., [_, z]] = s {
        println!("{a} {z}");
    }
    let words = vec!["x".to_string(), "y".to_string()];
    match words.as_slice() {
        [w] => println!("one {w}"),
        [w, rest @ ..] => println!("{w} + {}", rest.len()),
        [] => {}
    }
}
