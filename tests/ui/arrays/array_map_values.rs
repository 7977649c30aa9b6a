// `[T; N]::map`: a new array of the same length, each element moved into the closure once.
fn doubled<const N: usize>(values: [i32; N]) -> [i32; N] {
    values.map(|v| v * 2)
}

#[derive(Debug)]
struct Reading {
    celsius: f64,
}

fn main() {
    let raw = [3, 1, 4];
    println!("{:?}", doubled(raw));
    println!("{:?}", raw);
    let temps = [20.5, 22.0, 19.5];
    println!("{:?}", temps.map(|t| t * 2.0));
    let readings = [18.5, 21.0].map(|c| Reading { celsius: c });
    println!("{:?}", readings);
    let labels = ["north", "south", "east"];
    let mut count = 0;
    let numbered = labels.map(|l| {
        count += 1;
        format!("{count}. {l}")
    });
    println!("{} ({count})", numbered.join(" | "));
    let owned = labels.map(String::from);
    let lens: [usize; 3] = owned.map(|w| w.len());
    let total: usize = lens.iter().sum();
    println!("{total} {}", lens.len());
    let pairs = [(1, 'x'), (2, 'y')].map(|(n, c)| format!("{c}{n}"));
    println!("{pairs:?}");
    let celsius: Vec<f64> = readings.iter().map(|r| r.celsius).collect();
    println!("{celsius:?}");
}
