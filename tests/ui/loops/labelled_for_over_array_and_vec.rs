fn main() {
    let grid = [[1, 2], [3, 4]];
    'outer: for row in grid {
        for x in row {
            if x == 3 { break 'outer; }
            if x == 2 { continue 'outer; }
            println!("{x}");
        }
    }
    let v = vec![1, 2, 3];
    'a: for x in &v {
        for y in 0..3 {
            if y == 1 { continue 'a; }
            println!("{x} {y}");
        }
    }
}
